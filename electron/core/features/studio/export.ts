/**
 * Export of an approved image: the original file byte for byte (so provenance metadata such as C2PA
 * survives), an optional local upscale labelled as such, and a sidecar JSON with the prompt, model,
 * parameters, template, cost, check results and the audit trail.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult, OutputDetail } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { MediaStore } from '../../media/store';
import { upscale } from './images';

const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

export async function exportApproved(d: OutputDetail, media: MediaStore, dir: string, factor: 1 | 2 | 4): Promise<ExportResult> {
  const o = d.output;
  if (o.state !== 'approved') throw new AppFailure('forbidden', 'Only approved images can be exported. Approve it in review first.');
  const original = media.read(o.hash);
  if (!original) throw new AppFailure('not_found', 'The original file is missing from the data folder.');
  fs.mkdirSync(dir, { recursive: true });
  const base = `atelier-${o.createdAt.slice(0, 10)}-${o.id.slice(0, 8)}`;
  const files: string[] = [];
  const originalPath = path.join(dir, `${base}.${EXT[o.mime] ?? 'png'}`);
  fs.writeFileSync(originalPath, original);
  files.push(originalPath);
  let upscaled: { file: string; width: number; height: number; method: string } | null = null;
  if (factor !== 1) {
    const up = await upscale(original, factor);
    const file = path.join(dir, `${base}@${factor}x-local-upscale.png`);
    fs.writeFileSync(file, up.data);
    files.push(file);
    upscaled = { file: path.basename(file), width: up.width, height: up.height, method: `local Lanczos ×${factor} (sharp), not a model` };
  }
  const g = d.generation;
  const sidecar = {
    exportedAt: new Date().toISOString(),
    file: path.basename(originalPath),
    sha256: o.hash,
    untouched: true,
    width: o.width,
    height: o.height,
    mime: o.mime,
    prompt: g.prompt,
    model: g.model,
    provider: g.providerId,
    kind: g.kind,
    parameters: g.params,
    references: g.inputs,
    mask: g.maskHash,
    editedFrom: g.editedFrom,
    variationOf: g.variationOf,
    template: g.template,
    cost: { outputMicros: o.costMicros, generationMicros: g.costMicros, estimateMicros: g.estimateMicros, currency: 'USD' },
    check: o.check,
    review: { state: o.state, starred: o.starred, notes: o.notes },
    audit: d.audit,
    upscaled,
  };
  const sidecarPath = path.join(dir, `${base}.json`);
  fs.writeFileSync(sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
  return { dir, files, sidecar: sidecarPath };
}
