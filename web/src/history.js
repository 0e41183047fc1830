// The last runs, refused ones included, kept in this browser's localStorage (never sent anywhere). `storage` is a
// parameter so tests/unit.test.mjs can hand in a stand-in.

import { OUTCOMES, REFUSALS } from './api.js';

export const KEY = 'sandbox.history.v1';
/** Runs kept; code is at most MAX_CODE_SIZE (64 KiB by default), so this stays well under quota. */
export const LIMIT = 10;

/** The stored runs, newest first; anything unreadable counts as an empty list. */
export function load(storage) {
  try {
    const runs = JSON.parse(storage.getItem(KEY) || '[]');
    return Array.isArray(runs) ? runs.filter(isRun) : [];
  } catch {
    return [];
  }
}

/** Adds or updates (by id) a run, keeps the newest LIMIT, and returns the new list. */
export function record(storage, run) {
  const runs = [run, ...load(storage).filter((r) => r.id !== run.id)].slice(0, LIMIT);
  save(storage, runs);
  return runs;
}

export function clear(storage) {
  try {
    storage.removeItem(KEY);
  } catch {
    // Storage disabled: there was nothing to clear.
  }
}

function save(storage, runs) {
  // A full or disabled storage loses the list, not the run: drop the oldest until it fits.
  for (let n = runs.length; n > 0; n -= 1) {
    try {
      storage.setItem(KEY, JSON.stringify(runs.slice(0, n)));
      return;
    } catch {
      // try with fewer
    }
  }
}

function isRun(r) {
  return r && typeof r.id === 'string' && typeof r.code === 'string' && typeof r.at === 'number';
}

/** The line shown for a run: its first line of code that is not blank or a comment, shortened. */
export function title(code) {
  const lines = code.split('\n').filter((l) => l.trim() !== '');
  const line = lines.find((l) => !l.trim().startsWith('#')) || lines[0] || '(empty)';
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

/**
 * What the list says of a run's outcome. A run is stored `queued` when accepted and updated when
 * its result is seen; one still `queued` or `running` in the list is one whose result this page
 * never saw (it was closed or reloaded meanwhile), not one known to be waiting.
 */
export function describe(run) {
  switch (run.status) {
    case 'completed':
      return OUTCOMES[run.outcome] || String(run.outcome);
    case 'failed':
      return 'Failed: the service could not run it';
    case 'rejected':
      return `Not run: ${REFUSALS[run.outcome] || 'refused'}`;
    default:
      return 'result not seen';
  }
}

/** An id for a run the api refused (it has no job id); never a UUID, so never polled. */
export function localId() {
  return `local-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
