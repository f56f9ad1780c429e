// Built-in modules. Each module file registers a factory with builtinModules; this index
// installs them all at VM start.
import { installSys } from "./sys.js";

export function installModules(): void {
  installSys();
}
