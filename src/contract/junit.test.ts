import { renderJunit } from './junit';

describe('JUnit XML', () => {
  it('escapes what XML cannot carry and keeps the testsuites/testsuite/testcase/failure shape', () => {
    const xml = renderJunit({
      suites: [
        {
          name: 'a "suite" <1>',
          durationMs: 1500,
          cases: [
            { name: 'passes', status: 'passed', durationMs: 1000, failures: [] },
            {
              name: 'fails & tells',
              status: 'failed',
              durationMs: 500,
              failures: [{ where: 'step 1 (send)', message: 'body does not match', path: '$.a', expected: '"<x>"', got: '"\u0007y"' }],
            },
            { name: 'skipped', status: 'skipped', durationMs: 0, failures: [] },
          ],
        },
      ],
    });
    expect(xml).toContain('<testsuites name="lgsp-sim" tests="3" failures="1" errors="0" skipped="1" time="1.500">');
    expect(xml).toContain('<testsuite name="a &quot;suite&quot; &lt;1&gt;" tests="3" failures="1" errors="0" skipped="1" time="1.500">');
    expect(xml).toContain('<testcase classname="a &quot;suite&quot; &lt;1&gt;" name="passes" time="1.000"/>');
    expect(xml).toContain(
      '<failure message="step 1 (send): body does not match" type="AssertionError">step 1 (send): body does not match\n  at       $.a\n  expected &quot;&lt;x&gt;&quot;\n  got      &quot;y&quot;</failure>',
    );
    expect(xml).toMatch(/name="skipped" time="0.000">\n\s+<skipped\/>/);
  });

  it('keeps tabs and line breaks of names in attributes, and says why a case did not run', () => {
    const xml = renderJunit({
      suites: [
        {
          name: 's',
          durationMs: 0,
          cases: [
            { name: 'two\nlines\tand a tab', status: 'passed', durationMs: 0, failures: [] },
            { name: 'later', status: 'skipped', durationMs: 0, failures: [], reason: 'not run: interrupted (SIGINT)' },
          ],
        },
      ],
    });
    expect(xml).toContain('name="two&#10;lines&#9;and a tab"');
    expect(xml).toContain('<skipped message="not run: interrupted (SIGINT)"/>');
  });
});
