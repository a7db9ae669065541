import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSuite, parseSuite, SuiteFileError } from './suite-file';

function problems(text: string, file = 'suite.yaml'): string[] {
  try {
    parseSuite(text, file);
    return [];
  } catch (error) {
    if (!(error instanceof SuiteFileError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

/** The lines a person reads under "FILE is not a valid contract suite:". */
function message(text: string, file = 'suite.yaml'): string[] {
  try {
    parseSuite(text, file);
    return [];
  } catch (error) {
    if (!(error instanceof SuiteFileError)) throw error;
    return error.message
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
  }
}

describe('reading a suite file', () => {
  it('takes YAML with merge keys and JSON', () => {
    const suite = parseSuite(
      'name: s\nvars:\n  base: &b { a: 1 }\ncases:\n  - name: c\n    steps:\n      - send: { path: /x, json: { <<: *b, c: 2 } }\n',
      's.yaml',
    );
    expect(suite.cases[0]?.steps[0]?.send?.json).toEqual({ a: 1, c: 2 });
    expect(parseSuite(JSON.stringify({ name: 's', cases: [{ name: 'c', steps: [{ reset: true }] }] }), 's.json').name).toBe('s');
  });

  it('names each mistake with its path', () => {
    expect(problems('name: s\ncases:\n  - name: c\n    steps:\n      - clock: { advance: soon }\n')).toEqual([
      expect.stringMatching(/^cases\[0\]\.steps\[0\]\.clock\.advance/),
    ]);
    expect(problems('name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        expect: { body: { "$.a[*]": 1 } }\n')).toEqual([
      'cases[0].steps[0].expect.body["$.a[*]"]: path "$.a[*]": cannot read "[*]" (write $.a.b[0] or $[\'a key\'])',
    ]);
    expect(
      problems('name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        expect: { body: { $.a: { regex: "(" } } }\n'),
    ).toEqual([expect.stringMatching(/^cases\[0\]\.steps\[0\]\.expect\.body\["\$\.a"\]\.regex: Invalid regular expression/)]);
    expect(problems('name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        save: { id: body.id }\n')).toEqual([
      expect.stringMatching(/^cases\[0\]\.steps\[0\]\.save\.id/),
    ]);
    expect(problems('name: s\ncases:\n  - name: c\n    steps:\n      - {}\n')).toEqual([
      'cases[0].steps[0]: a step needs one action: reset, clock, scenario, send, wait, callback, journal',
    ]);
    expect(problems('name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        bogus: 1\n')).toEqual([
      expect.stringMatching(/^cases\[0\]\.steps\[0\].*bogus/),
    ]);
  });

  it('a file that is not YAML, or not an object, says so', () => {
    expect(problems('name: [')).toEqual([expect.stringMatching(/^: cannot be read as YAML/)]);
    expect(problems('- just\n- a list\n')).toEqual([expect.stringMatching(/must be an object/)]);
    expect(problems('  \n# only a comment\n')).toEqual([': the file is empty']);
  });

  it('names the line of each problem, in YAML and in JSON', () => {
    expect(message('name: s\nbogus: 1\ncases:\n  - name: c\n    stepz: []\n')).toEqual([
      'bogus is not a known field (line 2)',
      'cases[0].steps is required (line 4)',
      'cases[0].stepz is not a known field (line 5)',
    ]);
    expect(message('{\n  "name": "s",\n  "cases": [\n    { "name": "c", "steps": [ { "send": { "path": "x" } } ] }\n  ]\n}\n', 's.json')).toEqual([
      'cases[0].steps[0].send.path must match the pattern ^/ (line 4)',
    ]);
    expect(message('{"name": "s",\n "cases": [}', 's.json')).toEqual([expect.stringMatching(/^\(file\): cannot be read as JSON: .* \(line 2\)$/)]);
  });

  it('one line per mistake, not the alternatives the schema tried', () => {
    expect(
      message(
        'name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        expect: { status: "200", body: { $.a: { oneOf: 1 } } }\n',
      ),
    ).toEqual([
      'cases[0].steps[0].expect.status must be a whole number or a list (line 6)',
      'cases[0].steps[0].expect.body["$.a"].oneOf must be a list (line 6)',
    ]);
  });

  it('refuses what would run wrong without a word: two cases or steps of one name, a ${ never closed, a key given twice in JSON', () => {
    const step = '      - send: { path: /x }\n';
    expect(message(`name: s\ncases:\n  - name: c\n    steps:\n${step}  - name: c\n    steps:\n${step}`)).toEqual([
      'cases[1].name "c" is already the name of case cases[0] (line 6)',
    ]);
    expect(
      message(`name: s\ncases:\n  - name: c\n    steps:\n      - { name: a, send: { path: /x } }\n      - { name: a, send: { path: /y } }\n`),
    ).toEqual(['cases[0].steps[1].name "a" is already the name of step cases[0].steps[0] (line 6)']);
    expect(message('name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: "/x/${id" }\n')).toEqual([
      'cases[0].steps[0].send.path: "${id" opens ${ and never closes it (write ${name}) (line 5)',
    ]);
    expect(message('{"name": "s", "name": "t", "cases": []}', 's.json')).toEqual([
      expect.stringMatching(/^\(file\): cannot be read as JSON: Map keys must be unique at line 1/),
    ]);
  });

  it('refuses a matcher written wrong, a client or a schema that does not exist', () => {
    const expectBody = (matcher: string): string[] =>
      message(`name: s\ncases:\n  - name: c\n    steps:\n      - send: { path: /x }\n        expect: { body: { $.a: ${matcher} } }\n`);
    expect(expectBody('{ regx: "^a" }')).toEqual([
      'cases[0].steps[0].expect.body["$.a"]: regx is not a matcher: did you mean regex? (to compare with an object holding regx, write { equals: … }) (line 6)',
    ]);
    expect(expectBody('{ regex: "^a", bogus: 1 }')).toEqual([
      expect.stringMatching(/^cases\[0\]\.steps\[0\]\.expect\.body\["\$\.a"\]: mixes matchers \(regex\) with other keys \(bogus\)/),
    ]);
    expect(expectBody('{ code: 1 }')).toEqual([]);
    expect(
      message(
        'name: s\nclients: { other: { id: a, secret: b } }\ncases:\n  - name: c\n    steps:\n      - send: { path: /x, as: nobody }\n        expect: { schema: nope.nothing }\n      - send: { path: /x, as: other }\n        expect: { schema: bhxh.getTraCuuTtHgdByMaSoBhxh }\n',
      ),
    ).toEqual([
      'cases[0].steps[0].send.as: no client named "nobody"; name it under clients: (known: dev, other) (line 6)',
      'cases[0].steps[0].expect.schema: no schema nope.nothing (looked for https://lgsp-sim.local/schemas/nope/nothing.response.json) (line 7)',
    ]);
  });

  it('a file with many mistakes shows the first twenty and how many more', () => {
    const cases = Array.from({ length: 30 }, (_, i) => `  - name: c${i}\n    steps: []\n`).join('');
    const lines = message(`name: s\ncases:\n${cases}`);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('… and 10 more problems');
  });

  it('reads UTF-8 only, with or without a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suite-file-'));
    try {
      const suite = 'name: café\ncases:\n  - name: c\n    steps:\n      - reset: true\n';
      writeFileSync(join(dir, 'bom.yaml'), `\uFEFF${suite}`);
      expect(loadSuite(join(dir, 'bom.yaml')).name).toBe('café');
      writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify({ name: 'j', cases: [{ name: 'c', steps: [{ reset: true }] }] })}`);
      expect(loadSuite(join(dir, 'bom.json')).name).toBe('j');
      writeFileSync(join(dir, 'latin1.yaml'), Buffer.from(`# ok\n${suite}`, 'latin1'));
      expect(() => loadSuite(join(dir, 'latin1.yaml'))).toThrow('(file): the file is not UTF-8 text (line 2); save it as UTF-8');
      writeFileSync(join(dir, 'utf16.yaml'), Buffer.from(`\uFEFF${suite}`, 'utf16le'));
      expect(() => loadSuite(join(dir, 'utf16.yaml'))).toThrow('the file is UTF-16 text; save it as UTF-8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
