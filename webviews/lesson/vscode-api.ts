// The webview side of VS Code's messaging and state, typed by protocol/webview.ts. Outside VS Code
// (browser tests, benchmarks) a stand-in records messages on window.__mathlabMessages.

export interface WebviewApi<State, Message> {
  postMessage(message: Message): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State, Message>(): WebviewApi<State, Message>;

export function vscodeApi<State, Message>(): WebviewApi<State, Message> {
  if (typeof acquireVsCodeApi === "function") return acquireVsCodeApi<State, Message>();
  const w = window as unknown as { __mathlabMessages?: Message[]; __mathlabState?: State };
  w.__mathlabMessages = [];
  return {
    postMessage: (m) => { w.__mathlabMessages!.push(m); },
    getState: () => w.__mathlabState,
    setState: (s) => { w.__mathlabState = s; },
  };
}
