// The cross-language check of the TypeScript client (run by CrossLanguageRun in `mvn verify`): uses only the
// client typescript-fetch generates from the spec (target/cross-language/typescript) against the standalone
// fake server, then round-trips every seed fixture and spec example. Any difference sets exit code 1.
import {
  ChatApi, CompletionsApi, Configuration, ModelsApi, UserApi,
  ChatCompletion, ChatCompletionChunk, ChatCompletionRequest, FimCompletion, FimCompletionRequest, ModelList, UserBalance,
} from '../../../../target/cross-language/typescript/src/index';
import { typedExamples } from '../../../../target/cross-language/typescript-check/examples';

// No @types/node: the few Node globals this program uses.
declare const require: (module: string) => any;
declare const process: { env: Record<string, string | undefined>; exitCode?: number };
const fs = require('fs');

const dir = process.env.CROSS_LANGUAGE_DIR!;
// Node exits with 0 when a promise never settles and nothing else is pending: only the end of the run sets 0.
process.exitCode = 1;
const failures: string[] = [];
const passed: string[] = [];

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Differences between two JSON values (numbers compared as numbers), as "path: what" lines. */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return expected === actual ? [] : [`${path}: ${expected} became ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [`${path}: ${expected.length} items became ${actual.length}`];
    return expected.flatMap((item, i) => differences(item, actual[i], `${path}/${i}`));
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object'
      && !Array.isArray(expected) && !Array.isArray(actual)) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(a)])].sort();
    return keys.flatMap((key) => !(key in a) ? [`${path}/${key}: dropped`]
      : !(key in e) ? [`${path}/${key}: added ${JSON.stringify(a[key])}`]
      : differences(e[key], a[key], `${path}/${key}`));
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? []
    : [`${path}: ${JSON.stringify(expected)} became ${JSON.stringify(actual)}`];
}

/** Compares a value read through the generated types with the value the fake served. */
function check(what: string, actual: unknown, served: unknown): void {
  if (served === undefined) {
    failures.push(`${what}: the fake's answer has no such value (fix the check)`);
    return;
  }
  const found = differences(served, actual);
  if (found.length > 0) failures.push(`${what}: ${found.join('; ')}`);
  else passed.push(what);
}

/** The JSON chunks of an event stream: `data:` lines until `[DONE]`, `:` comment lines skipped. */
function sseChunks<T>(text: string): T[] {
  const chunks: T[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith(':') || !line.startsWith('data:')) continue;
    const data = line.slice(5).trim();
    if (data === '[DONE]') break;
    chunks.push(JSON.parse(data) as T);
  }
  return chunks;
}

async function calls(): Promise<void> {
  const paths: string[] = [];
  const config = new Configuration({
    basePath: process.env.DEEPSEEK_BASE_URL,
    accessToken: process.env.DEEPSEEK_API_KEY,
    middleware: [{ post: async (context) => { paths.push(`${context.init.method} ${new URL(context.url).pathname}`); } }],
  });
  const served = (name: string) => readJson(`${dir}/served/${name}.json`);

  // Streaming (the fake answers the first chat request with a stream): typescript-fetch cannot read
  // text/event-stream (openapi-generator #17442), so read the raw body line by line (CONTRIBUTING.md shows this).
  const streamed: ChatCompletionChunk[] = [];
  let sawDone = false;
  const { raw } = await new ChatApi(config).createChatCompletionRaw({
    chatCompletionRequest: { model: 'deepseek-v4-flash', messages: [{ role: 'user', content: 'Hi' }], stream: true },
  });
  const reader = raw.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // Read to the end of the body (so the connection can be reused); nothing after [DONE] is parsed.
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      if (sawDone || !line.startsWith('data:')) continue; // ':' keep-alive comments, blank lines
      const data = line.slice(5).trim();
      if (data === '[DONE]') sawDone = true;
      else streamed.push(JSON.parse(data) as ChatCompletionChunk);
    }
  }
  const servedStream: any[] = served('chat-stream');
  check('chat stream ends with [DONE]', sawDone, true);
  check('chat stream delta.content, joined', streamed.map((chunk) => chunk.choices[0]?.delta.content ?? '').join(''),
    servedStream.map((chunk) => chunk.choices[0]?.delta.content ?? '').join(''));
  check('chat stream delta.reasoning_content, joined',
    streamed.map((chunk) => chunk.choices[0]?.delta.reasoning_content ?? '').join(''),
    servedStream.map((chunk) => chunk.choices[0]?.delta.reasoning_content ?? '').join(''));
  check('chat stream chunks', streamed, servedStream);

  const chatRequest: ChatCompletionRequest = readJson('src/test/resources/seed/chat-request.json');
  const chat: ChatCompletion = await new ChatApi(config).createChatCompletion({ chatCompletionRequest: chatRequest });
  const servedChat = served('chat');
  check('chat choices[0].message.content', chat.choices[0].message.content, servedChat.choices[0].message.content);
  check('chat choices[0].message.reasoning_content', chat.choices[0].message.reasoning_content,
    servedChat.choices[0].message.reasoning_content);
  check('chat choices[0].message.tool_calls[0].function.name', chat.choices[0].message.tool_calls?.[0].function.name,
    servedChat.choices[0].message.tool_calls[0].function.name);
  check('chat choices[0].finish_reason', chat.choices[0].finish_reason, servedChat.choices[0].finish_reason);
  check('chat usage.prompt_cache_hit_tokens', chat.usage?.prompt_cache_hit_tokens, servedChat.usage.prompt_cache_hit_tokens);
  check('chat usage.prompt_cache_miss_tokens', chat.usage?.prompt_cache_miss_tokens, servedChat.usage.prompt_cache_miss_tokens);
  check('chat (whole answer)', chat, servedChat);

  const fimRequest: FimCompletionRequest = readJson('src/test/resources/seed/fim-request.json');
  const fim: FimCompletion = await new CompletionsApi(config).createFimCompletion({ fimCompletionRequest: fimRequest });
  check('fim choices[0].text', fim.choices[0].text, served('fim').choices[0].text);
  check('fim usage.completion_tokens', fim.usage?.completion_tokens, served('fim').usage.completion_tokens);
  check('fim (whole answer)', fim, served('fim'));

  const models: ModelList = await new ModelsApi(config).listModels();
  check('models data[].id', models.data.map((model) => model.id), served('models').data.map((model: any) => model.id));

  const balance: UserBalance = await new UserApi(config).getUserBalance();
  check('balance is_available', balance.is_available, served('balance').is_available);
  check('balance balance_infos', balance.balance_infos, served('balance').balance_infos);

  check('request paths', paths, ['POST /chat/completions', 'POST /chat/completions', 'POST /beta/completions', 'GET /models', 'GET /user/balance']);
}

/**
 * Every example: tsc has already checked the typed literal of each (examples.ts); here the literal must equal
 * the original JSON, and the JSON read as the generated type and written back must too. Event streams are
 * parsed line by line as a client would.
 */
function examples(): void {
  const file = readJson(`${dir}/examples.json`);
  const all: any[] = file.examples;
  if (all.length !== typedExamples.length) failures.push(`examples.ts has ${typedExamples.length} examples, examples.json ${all.length}`);
  all.forEach((example, i) => {
    const originals: unknown[] = example.kind === 'sse' ? sseChunks<unknown>(example.text) : [example.value];
    const found: string[] = [];
    if (typedExamples[i]?.name !== example.name) found.push(`typed literal is ${typedExamples[i]?.name}`);
    if (originals.length === 0) found.push('no data chunk in the stream');
    originals.forEach((original, j) => {
      const where = originals.length > 1 ? `chunk ${j}` : '';
      found.push(...differences(original, typedExamples[i]?.values[j]).map((d) => `${where} typed literal ${d}`));
      const roundTrip = JSON.parse(JSON.stringify(JSON.parse(JSON.stringify(original))));
      found.push(...differences(original, roundTrip).map((d) => `${where} round trip ${d}`));
    });
    if (found.length > 0) failures.push(`example ${example.name} (${example.schema}): ${found.join('; ')}`);
    else passed.push(`example ${example.name}`);
  });
  console.log(`typescript: ${all.length} examples typed and round-tripped; not JSON of a model: ${file.skipped.length}`);
}

calls().then(examples, (error) => { failures.push(`calls failed: ${error}`); examples(); }).then(() => {
  passed.forEach((what) => console.log(`  ok ${what}`));
  failures.forEach((what) => console.error(`FAILED ${what}`));
  console.log(`typescript: ${passed.length} passed, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
});
