/**
 * The analysis views, loaded after the first paint: they bring the core's platform engines and reader,
 * which the editor shell does not need to start.
 */
export { default as Composer } from "./Composer.svelte";
export { default as CoverageMatrix } from "./CoverageMatrix.svelte";
export { default as IndexTree } from "./IndexTree.svelte";
export { default as Simulator } from "./Simulator.svelte";
export { entryRange } from "../workspace/entry-range";
export { parseIndex } from "../workspace/parsed-index";
