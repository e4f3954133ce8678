/**
 * What ships with Atelier (chat scenes, image-analysis recipes) is stored by core in English; the
 * interface names it in its own language — a scene only until the user renames it.
 */
import type { Recipe, Scene } from '../../../shared/contract';
import { i18n } from '../i18n';

type SceneKey = keyof typeof import('../i18n/locales/en/chat').default.builtinScenes;
type RecipeKey = keyof typeof import('../i18n/locales/en/vision').default.builtinRecipes;

function builtinScene(s: Pick<Scene, 'id' | 'builtin'>): SceneKey | null {
  return s.builtin && i18n.exists(`chat:builtinScenes.${s.id}`) ? (s.id as SceneKey) : null;
}

export function sceneLabel(s: Pick<Scene, 'id' | 'builtin' | 'label'>): string {
  const key = builtinScene(s);
  if (!key || i18n.t(`chat:builtinScenes.${key}.label`, { lng: 'en' }) !== s.label) return s.label;
  return i18n.t(`chat:builtinScenes.${key}.label`);
}

export function sceneDescription(s: Pick<Scene, 'id' | 'builtin' | 'description'>): string {
  const key = builtinScene(s);
  if (!key || i18n.t(`chat:builtinScenes.${key}.description`, { lng: 'en' }) !== s.description) return s.description;
  return i18n.t(`chat:builtinScenes.${key}.description`);
}

export function recipeName(r: Pick<Recipe, 'id' | 'builtin' | 'name'>): string {
  return r.builtin && i18n.exists(`vision:builtinRecipes.${r.id}`) ? i18n.t(`vision:builtinRecipes.${r.id as RecipeKey}`) : r.name;
}
