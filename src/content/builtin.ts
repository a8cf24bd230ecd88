// The banks compiled from content/ at build time (see src/build/build.mjs).
import bank from 'virtual:builtin-bank';
import type { Bank } from './types.js';

export const builtinBank: Bank = bank as Bank;
