#!/bin/sh
# Prisma's CLI insists on finding its native schema engine, which cannot be downloaded on these
# machines. `generate`, `validate` and `format` never call it; this stub only satisfies the lookup.
# Migrations are applied by scripts/migrate.ts instead (docs/decisions/0002-migrations-without-engine.md).
echo "schema engine not available on this machine; use npm run db:migrate" >&2
exit 1
