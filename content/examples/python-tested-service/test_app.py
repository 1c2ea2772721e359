"""Tests for the converter, run with `python -m unittest` (in the Dockerfile's test stage)."""

import unittest

from app import app, convert


class ConvertTest(unittest.TestCase):
    def test_km_to_mi(self):
        self.assertEqual(convert(5, "km", "mi"), 3.107)

    def test_same_unit(self):
        self.assertEqual(convert(12, "ft", "ft"), 12)

    def test_unknown_unit_is_rejected(self):
        response = app.test_client().get("/convert?value=1&from=km&to=parsec")
        self.assertEqual(response.status_code, 400)


if __name__ == "__main__":
    unittest.main()
