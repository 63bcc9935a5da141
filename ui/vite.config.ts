/// <reference types="vitest/config" />
// Vite builds the UI into dist/ for Tauri; Vitest runs the unit tests in jsdom.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  // Relative asset paths: Tauri serves dist/ from its own origin, nothing from the internet.
  base: "./",
  plugins: [svelte()],
  // The .ftl files live in ../locales, shared with the Rust side.
  server: { fs: { allow: [repoRoot] }, port: 5173, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true, target: "es2021", assetsInlineLimit: 0 },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
