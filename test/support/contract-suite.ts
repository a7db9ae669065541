/** A test of a contract suite: it gets the implementation opened fresh for it. */
export type ContractTest<Port> = (name: string, test: (port: Port) => void | Promise<void>) => void;

/**
 * A contract suite of one port (test/support/*-contract.ts): `describe`s `title`, and each test
 * `tests` declares runs on an implementation `open` gave it fresh.
 */
export function describeContract<Port>(title: string, open: () => Port | Promise<Port>, tests: (test: ContractTest<Port>) => void): void {
  describe(title, () => {
    tests((name, test) => {
      it(name, async () => test(await open()));
    });
  });
}
