/**
 * The baseline of the sync and accept budgets: a bare express server that only parses the same JSON
 * body and answers. Prints `listening <port>`.
 */
import express from 'express';

const app = express();
app.post('/echo', express.json({ limit: 1024 * 1024 }), (req, res) => {
  res.json({ ok: true, messageId: (req.body as { header?: { messageId?: string } }).header?.messageId });
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
