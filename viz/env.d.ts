// Type declarations for Vite-specific features the explorer uses (import.meta.glob, `?raw` imports, workers).
/// <reference types="vite/client" />
