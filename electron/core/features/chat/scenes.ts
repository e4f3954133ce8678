import crypto from 'node:crypto';
import type { Scene } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { ChatContext } from './context';

export function createScenes(ctx: ChatContext) {
  const changed = () => ctx.events.emit('data.changed', { topic: 'scenes' });
  return {
    list: () => ctx.scenes.list(),
    save(input: Omit<Scene, 'id' | 'builtin'> & { id?: string }): Scene {
      const existing = input.id ? ctx.scenes.get(input.id) : undefined;
      if (input.id && !existing) throw new AppFailure('not_found', 'That scene no longer exists.');
      const clash = ctx.scenes.findByName(input.name);
      if (clash && clash.id !== input.id) throw new AppFailure('conflict', `A scene already uses the billing label "${input.name}".`, { field: 'name' });
      if (input.providerId && !ctx.providerExists(input.providerId)) throw new AppFailure('not_found', 'That provider no longer exists.', { field: 'providerId' });
      const scene: Scene = { ...input, id: existing?.id ?? crypto.randomUUID(), builtin: existing?.builtin ?? false };
      ctx.scenes.save(scene);
      changed();
      return scene;
    },
    remove(id: string): void {
      const scene = ctx.scenes.get(id);
      if (!scene) throw new AppFailure('not_found', 'That scene no longer exists.');
      if (scene.builtin) throw new AppFailure('invalid_input', 'Built-in scenes can be edited but not removed.');
      ctx.scenes.remove(id);
      changed();
    },
  };
}
