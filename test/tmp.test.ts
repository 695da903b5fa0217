import { test } from "vitest";
test("x", async () => {
  const u = "file://" + process.cwd() + "/build/runtime/index.js";
  const code = `import { aandeel } from ${JSON.stringify(u)}; export const x = aandeel(3, 10);`;
  const m = await import(/* @vite-ignore */ "data:text/javascript;base64," + Buffer.from(code).toString("base64"));
  console.log("vitest ok", m.x);
});
