import { withEnvironment } from './harness/environment.js';
import { startHiveGateway } from './harness/hive-gateway.js';
import { seedTickets } from './harness/seed.js';
import { TICKET_LIST } from './scenarios/queries.js';

await withEnvironment([{ tier: 'city', division: '320100' }], async ({ federation }) => {
  await seedTickets(federation, '320100', 30);
  const hive = await startHiveGateway(federation.node('320100').graphqlUrl);
  try {
    const token = federation.token('agent.320100');
    const response = await fetch(hive.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: TICKET_LIST }),
    });
    process.stdout.write(`${response.status} ${(await response.text()).slice(0, 600)}\n`);
    const bad = await fetch(hive.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TICKET_LIST }),
    });
    process.stdout.write(`${bad.status} ${(await bad.text()).slice(0, 600)}\n`);
  } finally {
    await hive.close();
  }
});
