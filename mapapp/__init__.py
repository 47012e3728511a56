"""Map app helpers: data loading, filtering, folium map building, exports (no streamlit here)."""
