// Built-in modules. Each module file registers a factory with builtinModules; this index
// installs them all at VM start.
import { installCollections } from "./collections.js";
import { installFunctools } from "./functools.js";
import { installHeapq } from "./heapq.js";
import { installItertools } from "./itertools.js";
import { installMath } from "./math.js";
import { installOperator } from "./operator.js";
import { installRandom } from "./random.js";
import { installString } from "./string.js";
import { installSys } from "./sys.js";
import { installTime } from "./time.js";

export function installModules(): void {
  installSys();
  installMath();
  installTime();
  installRandom();
  installItertools();
  installCollections();
  installFunctools();
  installHeapq();
  installString();
  installOperator();
}
