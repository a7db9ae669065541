// A jest test of the agency's own code against the simulator, with lgsp-sim/testing for the controls.
// Start the simulator first (docker compose up -d, or npx lgsp-sim serve --with-workers).
const { SimControl } = require('lgsp-sim/testing');

const baseUrl = process.env.LGSP_URL ?? 'http://localhost:8080';
const sim = new SimControl({ baseUrl });

async function token() {
  const res = await fetch(`${baseUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=dev-client&client_secret=dev-secret',
  });
  return (await res.json()).access_token;
}

beforeEach(() => sim.reset());

test('our portal survives one outage of the backend', async () => {
  await sim.scenarios.add({ match: { messageType: 'diag.echo' }, effect: { type: 'error', status: 503 }, count: 1 });
  const send = async (messageId) =>
    fetch(`${baseUrl}/api/v1/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json', prefer: 'wait=5' },
      body: JSON.stringify({ header: { messageId, messageType: 'diag.echo', from: '000.00.00.H30' }, body: { echo: 1 } }),
    });
  expect((await send(`portal-${Date.now()}-a`)).status).toBe(503);
  expect((await send(`portal-${Date.now()}-b`)).status).toBe(200);
  await sim.journal.verify({ messageType: 'diag.echo' }, { eq: 2 });
});
