import { describe, expect, it } from 'vitest';
import chatWords from '../renderer/src/i18n/locales/en/chat';
import visionWords from '../renderer/src/i18n/locales/en/vision';
import { BUILTIN_RECIPES } from '../electron/core/features/vision/recipes';
import { BUILTIN_SCENES } from '../electron/core/features/chat/presets';

// The interface names built-in scenes and recipes in its own language by their id, and tells a renamed
// scene by comparing with the English it ships with: that English must be what core stores.
describe('built-in scenes and recipes as the interface names them', () => {
  it('every built-in scene has interface words, and their English is exactly what core ships', () => {
    expect(Object.keys(chatWords.builtinScenes).sort()).toEqual(BUILTIN_SCENES.map((s) => s.id).sort());
    for (const s of BUILTIN_SCENES) expect(chatWords.builtinScenes[s.id as keyof typeof chatWords.builtinScenes]).toEqual({ label: s.label, description: s.description });
  });

  it('every built-in recipe has interface words, and their English is what core ships', () => {
    expect(Object.keys(visionWords.builtinRecipes).sort()).toEqual(BUILTIN_RECIPES.map((r) => r.id).sort());
    for (const r of BUILTIN_RECIPES) expect(visionWords.builtinRecipes[r.id as keyof typeof visionWords.builtinRecipes]).toBe(r.name);
  });
});
