import { readTarget } from '../../src/testing/target';

const read = (method: string, target: string) => {
  const result = readTarget(method, target);
  return 'error' in result ? result : { path: result.path, query: result.query.toString() };
};

describe('readTarget', () => {
  it('reads origin-form and absolute-form targets into a path and query', () => {
    expect(read('GET', '/v2/cohorts?k=a%20b')).toEqual({ path: '/v2/cohorts', query: 'k=a+b' });
    expect(read('GET', 'http://example.com:8080/api/v2/cohorts/x?k=1')).toEqual({ path: '/api/v2/cohorts/x', query: 'k=1' });
    expect(read('GET', 'HTTPS://user:pass@example.com/v2/cohorts')).toEqual({ path: '/v2/cohorts', query: '' });
    expect(read('OPTIONS', '*')).toEqual({ path: '*', query: '' });
  });

  it('drops a fragment, which a server never receives from a browser', () => {
    expect(read('GET', '/v2/cohorts?k=1#top')).toEqual({ path: '/v2/cohorts', query: 'k=1' });
    expect(read('GET', '/v2/cohorts#%zz')).toEqual({ path: '/v2/cohorts', query: '' });
  });

  it.each([
    ['GET', 'http://[::1', /not a valid URL/],
    ['GET', 'http://', /not a valid URL/],
    ['GET', '%zz', /must be a path/],
    ['GET', 'example.com:443', /must be a path/],
    ['GET', 'ftp://example.com/v2/cohorts', /must be a path/],
    ['GET', '', /must be a path/],
    ['GET', '*', /only for OPTIONS/],
    ['GET', '/v2/cohorts/%zz', /two hex digits/],
    ['GET', '/v2/cohorts/%4', /two hex digits/],
    ['GET', '/v2/cohorts?k=%', /two hex digits/],
  ])('refuses %s %j', (method, target, message) => {
    const result = readTarget(method, target);
    expect('error' in result && result.error).toMatch(message);
  });
});
