import { createEngine } from '@syncengine/engine';
import { createListConnectors } from '@syncengine/testing';
import { BUILTIN_CONNECTORS } from '../src/index.js';

/** The kit's `list` source and `collect` sink: `feed` is what `list` yields next, `collected` what `collect` received. */
export const { feed, collected, connectors } = createListConnectors();

/** The built-in connectors plus `list` and `collect`. */
export const listEngine = createEngine({ connectors: { ...BUILTIN_CONNECTORS, ...connectors } });
