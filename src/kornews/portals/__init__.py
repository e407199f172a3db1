"""Portal extractors (Daum, Naver): portal structure, then the origin outlet's cleanup rules."""
