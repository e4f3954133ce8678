import type OpenAI from 'openai';
import type { BudgetWarning } from '../../../shared/contract';
import { formatMoney } from '../../../shared/pricing';
import type { Db } from '../db/connection';
import { createLedgerRepo } from '../db/repos/ledger';
import { createResponseCacheRepo } from '../db/repos/response-cache';
import type { SettingsRepo } from '../db/repos/settings';
import { createUsageQueries } from '../db/repos/usage-queries';
import { applyManualLimits } from '../features/usage/handlers';
import { createUsageService } from '../features/usage/service';
import type { Logger } from '../log';
import { createBudgetGuard } from './budgets';
import { createContentFilter, type Moderate } from './content-filter';
import { Limiters } from './limiter';
import { createChatOperation } from './operations/chat';
import { createTranscribeOperation } from './operations/transcribe';
import { createImageOperation, createModerationOperation } from './operations/images';
import { createPipeline } from './pipeline';
import { createPricer } from './pricer';
import { createRequestLog } from './request-log';
import { createPipelineSettings } from './settings';

/** The model a scene's content filter asks. */
export const FILTER_MODERATION_MODEL = 'omni-moderation-latest';

/** Trim the cache to its size cap after this many writes. */
const EVICT_EVERY_WRITES = 50;

/** Wires the request pipeline and what it stands on: limits, ledger, cache, budgets, filter, log. */
export function createPipelineStack(deps: {
  db: Db;
  settingsRepo: SettingsRepo;
  logDir: string;
  log: Logger;
  client: (providerId: string) => Promise<OpenAI>;
  /** Once per budget and period: a request went through over a soft cap. */
  onSoftBudget?: (warning: BudgetWarning) => void;
}) {
  const ledger = createLedgerRepo(deps.db);
  const cache = createResponseCacheRepo(deps.db);
  let writes = 0;
  // Trimming reads the whole table: it runs after the request that wrote, not inside it (as the write itself does).
  const settings = createPipelineSettings(deps.settingsRepo, () => {
    if (++writes % EVICT_EVERY_WRITES === 0) setImmediate(trim);
  });
  const trim = () => {
    try {
      if (deps.db.open) cache.evict(settings.config().cache.maxBytes, Date.now());
    } catch {
      // A failed trim (a full disk) is tried again after the next EVICT_EVERY_WRITES writes.
    }
  };
  cache.evict(settings.config().cache.maxBytes, Date.now());
  const limiters = new Limiters();
  const reachable = new Set<(providerId: string) => void>();
  // Told after the request's turn, once per provider however many answers arrived in it: a listener (a
  // queue asking its table whether any job waits for the network) must not run inside every model call.
  const answered = new Set<string>();
  const tellReachable = (providerId: string) => {
    if (reachable.size === 0) return;
    if (answered.size === 0) {
      setImmediate(() => {
        const providers = [...answered];
        answered.clear();
        for (const id of providers) reachable.forEach((fn) => fn(id));
      });
    }
    answered.add(providerId);
  };
  applyManualLimits(settings, limiters);
  const pricer = createPricer(() => settings.config().priceOverrides);
  const format = (micros: number) => formatMoney(micros, settings.config().currency);
  const budgets = createBudgetGuard(ledger, () => settings.config().budgets, format, undefined, (warning) => deps.onSoftBudget?.(warning));
  const moderation = createModerationOperation();
  // The filter's moderation call is a pipeline request itself (limiter, retries, a ledger row), bound late
  // because the pipeline holds the filter; the moderation operation is unfiltered, so it cannot recurse.
  const moderate: Moderate = async (req, text, signal) =>
    (await pipeline.run(moderation, { scene: req.scene, modality: 'text', providerId: req.providerId, model: FILTER_MODERATION_MODEL, input: { text }, priority: req.priority, signal })).output.flagged;
  const pipeline = createPipeline({
    client: deps.client,
    limiters,
    ledger,
    cache,
    budgets,
    filter: createContentFilter({ moderate, log: deps.log }),
    settings,
    log: createRequestLog(deps.logDir, () => settings.config().logPrompts),
    onReachable: tellReachable,
  });
  const usage = createUsageService({ queries: createUsageQueries(deps.db), ledger, budgets: () => settings.config().budgets, currency: () => settings.config().currency });
  return {
    pipeline, settings, limiters, cache, ledger, usage, pricer, budgets,
    /** Calls `fn` whenever a provider answers a request (queues waiting for the network wake on it). */
    onReachable(fn: (providerId: string) => void): () => void {
      reachable.add(fn);
      return () => reachable.delete(fn);
    },
    operations: {
      chat: createChatOperation(pricer),
      transcribe: createTranscribeOperation(pricer, () => settings.config().priceOverrides),
      images: createImageOperation(() => settings.config().priceOverrides),
      moderation,
    },
  };
}
export type PipelineStack = ReturnType<typeof createPipelineStack>;
