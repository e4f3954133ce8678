/** OpenAI-shaped error bodies: {error:{message, type, param, code}}. Thrown by validators, sent by the server. */

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    opts: { type?: string; param?: string | null; code?: string | null; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.type = opts.type ?? 'invalid_request_error';
    this.param = opts.param ?? null;
    this.code = opts.code ?? null;
    this.headers = opts.headers ?? {};
  }

  toBody(): OpenAIErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export function badRequest(message: string, param: string | null = null, code: string | null = null): ApiError {
  return new ApiError(400, message, { param, code });
}

export function missingParam(param: string): ApiError {
  return badRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
}

export function invalidValue(param: string, value: unknown, supported: readonly string[]): ApiError {
  const list = supported.map((s) => `'${s}'`);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}` : (list[0] ?? '');
  return badRequest(
    `Invalid value: '${String(value)}'. Supported values are: ${joined}.`,
    param,
    'invalid_value',
  );
}

export function invalidType(param: string, expected: string, got: unknown): ApiError {
  const kind = got === null ? 'null' : Array.isArray(got) ? 'an array' : `a ${typeof got}`;
  return badRequest(`Invalid type for '${param}': expected ${expected}, but got ${kind} instead.`, param, 'invalid_type');
}

export function modelNotFound(model: string): ApiError {
  return new ApiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, {
    code: 'model_not_found',
  });
}

export function invalidJson(): ApiError {
  return badRequest(
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
  );
}

/** Shows a key the way OpenAI does in 401 messages: never more than a few characters of it. */
export function maskKey(key: string): string {
  if (key.length < 10) return '***';
  return `${key.slice(0, 5)}***${key.slice(-2)}`;
}

export function invalidApiKey(key: string | null): ApiError {
  const message =
    key === null || key === ''
      ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys."
      : `Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`;
  return new ApiError(401, message, { code: 'invalid_api_key' });
}

export function insufficientQuota(): ApiError {
  return new ApiError(
    429,
    'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    { type: 'insufficient_quota', code: 'insufficient_quota' },
  );
}

const STATUS_MESSAGES: Record<number, { message: string; type: string }> = {
  408: { message: 'Request timed out.', type: 'timeout' },
  409: { message: 'The request conflicted with another request. Please retry.', type: 'invalid_request_error' },
  500: {
    message:
      'The server had an error while processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if the error persists.',
    type: 'server_error',
  },
  502: { message: 'Bad gateway.', type: 'server_error' },
  503: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error' },
  504: { message: 'Gateway timeout.', type: 'server_error' },
};

export function statusError(status: number, message?: string): ApiError {
  const known = STATUS_MESSAGES[status];
  return new ApiError(status, message ?? known?.message ?? `Simulated error ${status}.`, {
    type: known?.type ?? (status >= 500 ? 'server_error' : 'invalid_request_error'),
  });
}

export function invalidUrl(method: string, path: string): ApiError {
  return new ApiError(404, `Invalid URL (${method} ${path})`);
}

export function contentTooLarge(limit: number, bytesRead: number): ApiError {
  return new ApiError(413, `Maximum content size limit (${limit}) exceeded (${bytesRead} bytes read)`, {
    type: 'invalid_request_error',
  });
}
