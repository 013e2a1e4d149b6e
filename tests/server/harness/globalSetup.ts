import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';
import type {} from './testServer.ts';

/** One PostgreSQL for the whole run; each test file creates its own database. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgres();
  project.provide('postgres', { host: cluster.host, port: cluster.port });
  return () => cluster.destroy();
}
