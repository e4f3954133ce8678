import { create } from 'zustand';
import type { VaultStatus } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call, subscribe } from '../../api';

interface VaultState {
  status: VaultStatus | null;
  loadError: AppError | null;
  load(): Promise<void>;
}

export const useVault = create<VaultState>()((set) => ({
  status: null,
  loadError: null,
  async load() {
    const r = await call('vault.status', {});
    set(r.ok ? { status: r.value, loadError: null } : { loadError: r.error });
  },
}));

export function watchVault(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'vault') void useVault.getState().load();
  });
}
