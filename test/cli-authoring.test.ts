import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './_cli.js';

describe('syncengine validate --print-expanded', () => {
  it('prints the ServiceTitan master-data streams as the template expands them', async () => {
    const { code, stdout } = await runCli(['validate', 'pipelines/servicetitan-prod-to-integration.yaml', '--print-expanded']);
    expect(code).toBe(0);
    const expanded = parse(stdout.slice(0, stdout.lastIndexOf('ok '))) as { streams: Record<string, Record<string, any>> };
    expect(expanded.streams.campaigns!.source).toMatchObject({ connection: 'st_prod', path: '/marketing/v2/tenant/{tenant}/campaigns' });
    expect(expanded.streams.campaigns!.transforms[0].join.from.source.path).toBe('/marketing/v2/tenant/{tenant}/campaigns');
    expect(expanded.streams.campaigns!.sink).toEqual({
      connection: 'crosswalk',
      kind: 'campaigns',
      source_id: 'id',
      target_id: 'integration_id',
    });
    expect(expanded.streams.vendors!).not.toHaveProperty('extends');
    expect(stdout).toContain('ok pipelines/servicetitan-prod-to-integration.yaml: pipeline servicetitan-prod-to-integration, 10 streams');
  });
});
