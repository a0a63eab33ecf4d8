// Type declarations for Vite-specific imports used by the explorer.
declare module '*?raw' {
  const text: string;
  export default text;
}
