// Plain-JS entry for the worker thread: Node 20 does not carry the parent's TypeScript loader
// (tsx) into workers, so this loads nativeWorker.ts through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./nativeWorker.ts', import.meta.url);
