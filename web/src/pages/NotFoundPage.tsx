import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no page here. <Link to="/search">Search the case</Link>.
      </p>
    </section>
  );
}
