// The webview side of VS Code's messaging and state, typed by protocol/webview.ts. Outside VS Code
// (browser tests, benchmarks) a stand-in records messages on window.__mathlabMessages.
// VS Code hands its API out once per page: the first call keeps it on window, so every script of the
// page (the lesson's inline boot script, then its page script) shares one.

export interface WebviewApi<State, Message> {
  postMessage(message: Message): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State, Message>(): WebviewApi<State, Message>;

export function vscodeApi<State, Message>(): WebviewApi<State, Message> {
  const w = window as unknown as { __mathlabApi?: WebviewApi<State, Message>; __mathlabMessages?: Message[]; __mathlabState?: State };
  if (w.__mathlabApi) return w.__mathlabApi;
  if (typeof acquireVsCodeApi === "function") return (w.__mathlabApi = acquireVsCodeApi<State, Message>());
  w.__mathlabMessages = [];
  return (w.__mathlabApi = {
    postMessage: (m) => { w.__mathlabMessages!.push(m); },
    getState: () => w.__mathlabState,
    setState: (s) => { w.__mathlabState = s; },
  });
}
