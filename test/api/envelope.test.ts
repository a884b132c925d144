import { readErrorEnvelope } from '../../src/api/envelope';
import { errorEnvelope } from '../../src/testing/envelope';

describe('readErrorEnvelope', () => {
  it('given the v1 spelling (status_code + status text), then it reads every field', () => {
    const body = {
      request_id: 'r-1',
      error: { type: 'invalid_request', status_code: 400, status: 'Bad Request', code: 1002, message: 'Bad body', docs: 'https://docs' },
    };
    expect(readErrorEnvelope(body)).toEqual({
      status: 400,
      statusText: 'Bad Request',
      code: 1002,
      type: 'invalid_request',
      message: 'Bad body',
      requestId: 'r-1',
      docs: 'https://docs',
    });
  });

  it('given the v2 spelling (status text only, with cause), then status comes from nowhere but the text is kept', () => {
    const body = { request_id: 'r-2', error: { status: 'Unauthorized', code: 2000, message: 'Bad key', cause: 'expired', docs: 'https://docs' } };
    expect(readErrorEnvelope(body)).toEqual({
      statusText: 'Unauthorized',
      code: 2000,
      message: 'Bad key',
      requestId: 'r-2',
      cause: 'expired',
      docs: 'https://docs',
    });
  });

  it('given the camel spelling (requestId, status object), then it reads the numeric status', () => {
    const body = { requestId: 'r-3', error: { status: { code: 400 }, code: 1002, message: 'Bad body', cause: 'query.and' } };
    expect(readErrorEnvelope(body)).toEqual({ status: 400, code: 1002, message: 'Bad body', requestId: 'r-3', cause: 'query.and' });
  });

  it('given the three spellings of one error, then they agree on status, code, message and request id', () => {
    const error = { status: 404, code: 3000, message: 'No such cohort', cause: 'id' };
    const read = (['v1', 'v2', 'camel'] as const).map((spelling) => readErrorEnvelope(errorEnvelope(spelling, 'req-9', error)));
    for (const fields of read) expect(fields).toMatchObject({ code: 3000, message: 'No such cohort', requestId: 'req-9' });
    expect(read[0]?.status).toBe(404);
    expect(read[2]?.status).toBe(404);
    expect(read[1]?.statusText).toBe('Not Found');
  });

  it('given wrongly typed fields, then it keeps the good ones and drops the rest', () => {
    const body = { request_id: 7, error: { status: ['x'], code: '1002', message: 42, cause: 'why', docs: null } };
    expect(readErrorEnvelope(body)).toEqual({ code: 1002, cause: 'why' });
  });

  it('given a numeric status string and a statusCode, then both read as numbers', () => {
    expect(readErrorEnvelope({ error: { status: '503' } })).toEqual({ status: 503 });
    expect(readErrorEnvelope({ error: { statusCode: 502, code: 5000 } })).toEqual({ status: 502, code: 5000 });
  });

  it('given a flat proxy error, then its message is read', () => {
    expect(readErrorEnvelope({ message: 'Gateway said no' })).toEqual({ message: 'Gateway said no' });
  });

  it.each([null, 'text', 42, [], { error: 'oops' }, { error: null }])('given %j, then it yields nothing and does not throw', (body) => {
    expect(readErrorEnvelope(body)).toEqual({});
  });

  it('given blank strings, then they read as absent', () => {
    expect(readErrorEnvelope({ request_id: ' ', error: { message: '', code: 1 } })).toEqual({ code: 1 });
  });
});
