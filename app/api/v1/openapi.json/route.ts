import { NextResponse } from "next/server";
import { corsPreflight, publicGet } from "@/lib/api";
import { getOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

export const GET = publicGet(async () => NextResponse.json(getOpenApiDocument()));

export const OPTIONS = corsPreflight;
