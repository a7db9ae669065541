/** Entry point of the compiled CLI (`node dist/src/cli/main-entry.js …`), used by the Docker image. */
import { main } from './main';

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`lgsp-sim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
