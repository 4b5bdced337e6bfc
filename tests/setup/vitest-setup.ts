import { vi } from "vitest";
import "./console-guard";

// `server-only` throws outside a React Server environment; in tests the modules run in plain Node.
vi.mock("server-only", () => ({}));
