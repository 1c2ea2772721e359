import { useEffect, useState } from 'react';

/** Records a visit through the back end and shows how many there have been. */
export function App() {
  const [visits, setVisits] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    fetch('/api/visits', { method: 'POST' })
      .then((response) => {
        if (!response.ok) throw new Error(`The back end answered ${response.status}`);
        return response.json();
      })
      .then((body) => setVisits(body.count))
      .catch((e) => setError(e.message));
  }, []);

  return (
    <main>
      <h1>Three tiers, three images</h1>
      <p>React in the browser, Spring Boot behind nginx, MySQL behind Spring Boot.</p>
      {error && <p role="alert">Could not reach the back end: {error}</p>}
      {visits !== null && <p>This page has been visited {visits} times.</p>}
    </main>
  );
}
