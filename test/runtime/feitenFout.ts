/**
 * The problems of the FeitenFout a call throws, as plain objects (an evaluator loaded from
 * memory has its own copy of the runtime, so its FeitenFout is not this one: read by shape).
 */
export function thrownProblems(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (error instanceof Error && error.name === "FeitenFout" && "problemen" in error) return (error as { problemen: unknown }).problemen;
    throw error;
  }
  throw new Error("no FeitenFout was thrown");
}
