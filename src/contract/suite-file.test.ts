import { parseSuite, SuiteFileError } from './suite-file';

function problems(text: string, file = 'suite.yaml'): string[] {
  try {
    parseSuite(text, file);
    return [];
  } catch (error) {
    if (!(error instanceof SuiteFileError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
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
    expect(problems('name: [')).toEqual([expect.stringMatching(/^: cannot be read/)]);
    expect(problems('- just\n- a list\n')).toEqual([expect.stringMatching(/must be an object/)]);
  });
});
