/**
 * ESLint rule enforcing DESIGN.md §2.9: which layer may import what. Relative specifiers are
 * resolved against the importing file, so `../../electron/core/app` is caught from any depth.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Layer → [forbidden directories (repo-relative), forbidden packages, node builtins forbidden]. */
const LAYERS = {
  'electron/core': { dirs: ['electron/main', 'electron/preload', 'electron/server', 'renderer'], pkgs: ['electron'], builtins: false },
  'electron/server': { dirs: ['electron/main', 'electron/preload', 'renderer'], pkgs: ['electron'], builtins: false },
  'electron/main': { dirs: ['electron/server', 'renderer'], pkgs: [], builtins: false },
  'electron/preload': { dirs: ['electron/core', 'electron/server', 'electron/main', 'renderer'], pkgs: [], builtins: false },
  renderer: { dirs: ['electron'], pkgs: ['electron'], builtins: true, except: ['renderer/vite.config.ts'] },
  shared: { dirs: ['electron', 'renderer', 'e2e'], pkgs: ['electron', 'react', 'react-dom', 'better-sqlite3', 'openai'], builtins: true, exceptTests: true },
};

const layerOf = (rel) => Object.keys(LAYERS).find((l) => rel === l || rel.startsWith(`${l}/`));
const inside = (rel, dir) => rel === dir || rel.startsWith(`${dir}/`);

export const layering = {
  rules: {
    boundaries: {
      meta: { type: 'problem', docs: { description: 'Keep core, hosts, renderer and shared in their layers.' }, schema: [] },
      create(context) {
        const rel = path.relative(ROOT, context.filename).split(path.sep).join('/');
        const layer = layerOf(rel);
        if (!layer) return {};
        const spec = LAYERS[layer];
        if (spec.except?.includes(rel) || (spec.exceptTests && rel.endsWith('.test.ts'))) return {};
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          const pkg = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
          let reason = null;
          if (source.startsWith('.')) {
            const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
            const dir = spec.dirs.find((d) => inside(target, d) && !inside(target, layer));
            if (dir) reason = `${layer} must not import from ${dir}/`;
          } else if (spec.pkgs.includes(pkg)) {
            reason = `${layer} must not import "${pkg}"`;
          } else if (spec.builtins && BUILTINS.has(source)) {
            reason = `${layer} must not import Node built-in "${source}"`;
          }
          if (reason) context.report({ node, message: `${reason} (DESIGN.md §2.9).` });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
        };
      },
    },
  },
};
