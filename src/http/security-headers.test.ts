import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { securityHeaders } from './security-headers';

async function headersWith(middleware: RequestHandler): Promise<Record<string, unknown>> {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => void res.send('ok'));
  const { headers } = await request(app).get('/');
  const { date: _date, ...rest } = headers as Record<string, unknown>;
  return rest;
}

describe('securityHeaders', () => {
  it('answers with exactly the headers helmet (without its CSP) sets and removes', async () => {
    const ours = await headersWith(securityHeaders());
    expect(ours).toEqual(await headersWith(helmet({ contentSecurityPolicy: false })));
    expect(ours['x-content-type-options']).toBe('nosniff');
    expect(ours['x-powered-by']).toBeUndefined();
    expect(ours['content-security-policy']).toBeUndefined();
  });
});
