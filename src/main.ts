// The `cartable` command's entry point (bin/cartable.js loads this, compiled or through tsx).
import { main } from './cli.js';

await main();
