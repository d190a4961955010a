// Shapes of the documentation's JSON blocks that are not configs (`<!-- snippet: json=<shape> -->`),
// and of what the servers in its examples answer.
import { expect } from 'vitest';

/** Shapes of the JSON blocks that are not configs (`<!-- snippet: json=<shape> -->`). */
export const JSON_SHAPES: Record<string, (value: unknown) => void> = {
  // A consent record (docs/configuration.md, Consent records; ConsentRecord in src/types.ts).
  record(value) {
    expect(value).toEqual({
      id: expect.stringMatching(/^[\w-]{8,32}$/),
      tenant: expect.toBeOneOf([null, expect.any(String)]),
      host: expect.any(String),
      revision: expect.any(String),
      categories: { essential: true, functional: expect.any(Boolean), analytics: expect.any(Boolean), marketing: expect.any(Boolean) },
      gpc: expect.any(Boolean),
      method: expect.toBeOneOf(['default', 'accept-all', 'reject-all', 'custom', 'gpc']),
      mode: expect.toBeOneOf(['opt-in', 'opt-out']),
      at: expect.any(Number),
    });
  },
  // The GPC support resource, /.well-known/gpc.json (docs/gpc-json.md).
  'gpc-json'(value) {
    expect(value).toEqual({ gpc: true, lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  },
};

