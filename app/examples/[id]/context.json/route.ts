/**
 * An example's build context as a static JSON file (`/examples/<id>/context.json`), written at build
 * time. The playground fetches the context of the example the learner picks, instead of carrying every
 * example's files in its page.
 */
import { listExamples, loadExample } from '@/lib/course/examples';

export const dynamic = 'force-static';

export function generateStaticParams(): { id: string }[] {
  return listExamples().map((example) => ({ id: example.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return Response.json(loadExample(id).context);
}
