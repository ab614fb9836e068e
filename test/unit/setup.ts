import "../../src/domain/zod-config";
