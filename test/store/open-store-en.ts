// openStore with its notices said in English: the store keeps them as phrases until the
// CLI or the trainer says them in the learner's language.
import { openStore, type OpenStoreOptions } from '../../src/store/file-store.js';
import type { ProgressStore } from '../../src/store/progress-store.js';
import { say } from '../../src/store/store-text.js';

export function openStoreEn(options: OpenStoreOptions): {
  store: ProgressStore;
  notices: string[];
} {
  const { store, notices } = openStore(options);
  return { store, notices: notices.map((n) => say(n)) };
}
