// Static singletons that are not None/True/False.
import * as L from "../../layout.js";
import type { Value } from "../types.js";

export const notImplemented = (): Value => L.NOT_IMPLEMENTED as Value;
export const ellipsis = (): Value => L.ELLIPSIS as Value;
