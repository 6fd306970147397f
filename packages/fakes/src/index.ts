export { createTokenIssuer, NO_FAULTS, startFakeServer } from './fake-server.js';
export type { FakeRequest, FakeResponse, FakeRoute, FakeServer, Faults, RecordedRequest } from './fake-server.js';
