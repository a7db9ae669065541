/** The part of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  interface RequestParams {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Options {
    url: string;
    method?: string;
    connections?: number;
    duration?: number;
    /** Total requests to send (instead of a duration). */
    amount?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (req: RequestParams) => RequestParams }[];
  }
  interface Result {
    latency: { p99: number; average: number };
    requests: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
