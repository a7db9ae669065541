import { Writable } from 'node:stream';
import { maskName, maskValue } from './mask';
import { createWinstonLogger } from './winston-logger';

describe('masking personal data in logs', () => {
  it('masks names to their initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N***** V** A*');
  });

  it('masks ID numbers and phones inside text, and name or phone fields', () => {
    expect(maskValue({ detail: 'citizen 044095001234 called 0912345678', fullName: 'Trần Thị Bình', phone: '0912345678', count: 3 })).toEqual({
      detail: 'citizen *********234 called *******678',
      fullName: 'T*** T** B***',
      phone: '*******678',
      count: 3,
    });
  });

  it('leaves the platform’s own ids whole, so the log can be searched for them', () => {
    const errorId = 'a36fda8b-28d8-46fa-8a8b-304471234471';
    expect(maskValue({ errorId, messageId: '044095001234', requestId: 'r-1' })).toEqual({ errorId, messageId: '044095001234', requestId: 'r-1' });
    // Inside text, a number that is part of a longer token is not a citizen ID.
    expect(maskValue({ detail: `error ${errorId} for dossier HS000123456789` })).toEqual({ detail: `error ${errorId} for dossier HS000123456789` });
    expect(maskValue({ detail: 'CCCD: 044095001234, SĐT (0912345678).' })).toEqual({ detail: 'CCCD: *********234, SĐT (*******678).' });
  });

  it('the winston logger writes JSON lines with the masks applied', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createWinstonLogger({ level: 'info', format: 'json', stream }).child({ messageId: 'm-1' });
    logger.info('lookup of 044095001234', { nksHoTen: 'Lê Thu Hà' });
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'info', message: 'lookup of *********234', nksHoTen: 'L* T** H*', messageId: 'm-1' });
  });

  it('masks an error’s message and stack, wherever it is logged, and leaves its other members out', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createWinstonLogger({ level: 'info', format: 'json', stream });
    const error = Object.assign(new Error('no citizen 044095001234'), { body: 'hoTen=Lê Thu Hà' });
    logger.error('lookup failed', { err: error, nested: { cause: new Error('phone 0912345678') } });
    const line = lines[0];
    expect(line).not.toContain('044095001234');
    expect(line).not.toContain('0912345678');
    expect(line).not.toContain('Lê Thu Hà');
    const entry = JSON.parse(line);
    expect(entry.err).toEqual({
      name: 'Error',
      message: 'no citizen *********234',
      stack: expect.stringMatching(/^Error: no citizen \*{9}234\n\s+at /),
    });
    expect(entry.nested.cause).toMatchObject({ name: 'Error', message: 'phone *******678' });
  });
});
